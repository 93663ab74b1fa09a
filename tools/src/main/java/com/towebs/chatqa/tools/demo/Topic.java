package com.towebs.chatqa.tools.demo;

import java.util.List;

/**
 * One kind of problem a team handles, as phrase variants for each step of a chat. Placeholders in braces
 * ({@code {domain}}, {@code {email}}, {@code {n}}...) are filled per chat by {@link ChatComposer}.
 *
 * @param problem      the customer's first description of the problem
 * @param noviceProblem the same in the words of a customer who does not know the vocabulary
 * @param expertDetail  what a knowledgeable customer adds: what it already checked, in technical terms
 * @param paraphrase    the agent's restatement of the problem in its own words
 * @param question      the agent's diagnostic question
 * @param answer        the customer's answer to it
 * @param check         what the agent does while the customer waits ("reviso ...")
 * @param fix           the agent's explanation when it solved the problem
 * @param jargonFix     the same in technical shorthand (what a careless agent tells anyone)
 * @param plainFix      the same in plain words, for an inexperienced customer
 * @param cause         what the agent found when it cannot solve the problem in the chat (a ticket follows)
 * @param escalates     the share of chats on this topic that end in a ticket
 */
record Topic(
        String id,
        DemoTeam team,
        List<String> problem,
        List<String> noviceProblem,
        List<String> expertDetail,
        List<String> paraphrase,
        List<String> question,
        List<String> answer,
        List<String> check,
        List<String> fix,
        List<String> jargonFix,
        List<String> plainFix,
        List<String> cause,
        double escalates) {}
