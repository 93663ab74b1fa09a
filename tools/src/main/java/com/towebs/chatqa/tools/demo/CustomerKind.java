package com.towebs.chatqa.tools.demo;

/**
 * The kinds of customer the demo chats show: the difficult types of the remote-support guidelines, and the
 * polite customer most chats have. Each kind writes its own way (see {@link ChatComposer}).
 */
enum CustomerKind {
    POLITE(0.38),
    ANGRY(0.14),
    RUDE(0.07),
    TALKATIVE(0.12),
    KNOWLEDGEABLE(0.13),
    INEXPERIENCED(0.16);

    /** The share of demo chats with this kind of customer. */
    final double share;

    CustomerKind(double share) {
        this.share = share;
    }
}
