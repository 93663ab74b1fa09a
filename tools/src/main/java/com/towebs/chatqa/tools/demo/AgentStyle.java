package com.towebs.chatqa.tools.demo;

/**
 * How an agent of the demo usually works: for each habit of the rubric, the share of its chats in which the
 * agent shows it. Probabilities rather than fixed traits, so a good agent still has an off day and a weak one
 * a good chat, and each agent's grades spread the way a real team's do.
 *
 * @param greets        opens with a greeting of its own when the panel sent no welcome
 * @param paraphrases   restates the customer's problem in its own words
 * @param diagnoses     asks a diagnostic question before acting
 * @param announcesHold says so before making the customer wait
 * @param keepsInTouch  keeps holds short or sends news at least every two minutes
 * @param explains      explains the cause or the fix
 * @param givesTicketNumber gives the ticket's number when it escalates
 * @param offersMoreHelp offers further help at the end
 * @param apologises    apologises or shows solidarity when the customer is upset or was kept waiting
 * @param speaksPlainly uses plain words with an inexperienced customer
 * @param slips         types carelessly (chat abbreviations, typos)
 * @param snaps         answers rudely, sarcastically or blames the customer
 */
record AgentStyle(
        double greets,
        double paraphrases,
        double diagnoses,
        double announcesHold,
        double keepsInTouch,
        double explains,
        double givesTicketNumber,
        double offersMoreHelp,
        double apologises,
        double speaksPlainly,
        double slips,
        double snaps) {}
