/**
 * What the reports and exports show, as plain records: the warehouse queries fill them, the PDF and Excel
 * writers read them. Nothing here knows where the figures come from.
 */
package com.towebs.chatqa.reporting.model;
