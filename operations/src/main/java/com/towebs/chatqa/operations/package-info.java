/**
 * The operational core: chats come in ({@code ingestion}: the panel, the drop folder, pushes, redaction), are kept
 * ({@code store}), graded by the engine of {@code evaluation-core} ({@code grading}), read and revised by people
 * under their access rules ({@code review}, {@code access}) against rubric versions ({@code rubric}). The entities
 * are in {@code model}, the queries in one repository per aggregate ({@code repository}); transactions, migrations,
 * configuration and container wiring in {@code infrastructure}.
 */
package com.towebs.chatqa.operations;
