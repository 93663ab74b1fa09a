/**
 * The Excel export HR uses for performance reviews: one streamed xlsx workbook (Apache POI SXSSF) with the
 * summary per agent and month, the pass rate per criterion and one row per evaluated chat. Plain Java.
 */
package com.towebs.chatqa.reporting.excel;
