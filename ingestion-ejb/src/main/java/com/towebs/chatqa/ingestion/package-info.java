/**
 * Ingestion of chats: panel adapters, the drop folder, the push endpoint, redaction and persistence.
 * Grading is delegated to {@code evaluation-core}; this module owns only the container side.
 */
package com.towebs.chatqa.ingestion;
