/**
 * The queries, one repository per aggregate of {@code model}: each works on the EntityManager of the caller's
 * transaction, so a service decides where a unit of work begins and ends and the repositories only say what is
 * read or written. Queries that a viewer's rights narrow take a {@link ViewerScope}, applied in the query itself.
 */
package com.towebs.chatqa.operations.repository;
