/**
 * The reporting warehouse (star schema), the monthly PDF reports and the Excel exports.
 */
package com.towebs.chatqa.reporting;
