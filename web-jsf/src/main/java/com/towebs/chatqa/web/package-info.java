/**
 * The portal: Faces views and backing beans for agents, managers, HR and QA admins.
 */
package com.towebs.chatqa.web;
