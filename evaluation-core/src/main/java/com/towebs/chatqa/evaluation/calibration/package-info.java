/**
 * How far the automatic verdicts agree with people's: per criterion and per customer type the agreement, Cohen's
 * kappa, the confusion matrix (human verdict by automatic verdict) and the chats they disagree on; the chats
 * with every verdict right; how many failures people found that the engine caught, and the failures it invented.
 * One measurement for the corpus test, {@code chatqa calibrate} and the product, so all of them count alike.
 */
package com.towebs.chatqa.evaluation.calibration;
