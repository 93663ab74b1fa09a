/**
 * Reporting's container wiring: the plain classes as CDI beans, and their JDBC work in container transactions.
 */
package com.towebs.chatqa.reporting.server;
