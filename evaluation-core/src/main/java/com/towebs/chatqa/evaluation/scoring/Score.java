package com.towebs.chatqa.evaluation.scoring;

/** A chat's score (0-100, one decimal), the score before a critical cap, and whether a critical criterion failed. */
public record Score(double score, double scoreBeforeCap, boolean criticalFailure) {}
