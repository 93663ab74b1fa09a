package com.towebs.chatqa.evaluation.rubric;

/**
 * The numbers criteria judge by, kept in the rubric so that QA can tune them without a release.
 *
 * @param holdNoticeWaitSeconds         a wait this long without a hold notice makes HOLD_NOTICE observable
 * @param holdFollowUpSeconds           the longest silence a waiting customer should get (about 2 minutes)
 * @param spellingMetMaxErrorsPer100    spelling errors per 100 agent words still judged MET
 * @param spellingPartialMaxErrorsPer100 above MET and up to this: PARTIAL; more: NOT_MET
 * @param spellingMinWords              fewer agent words than this: SPELLING is not applicable
 */
public record Thresholds(
        int holdNoticeWaitSeconds,
        int holdFollowUpSeconds,
        double spellingMetMaxErrorsPer100,
        double spellingPartialMaxErrorsPer100,
        int spellingMinWords) {

    public Thresholds {
        if (holdNoticeWaitSeconds <= 0 || holdFollowUpSeconds <= 0) {
            throw new IllegalArgumentException("hold thresholds must be positive seconds");
        }
        if (spellingMetMaxErrorsPer100 < 0 || spellingPartialMaxErrorsPer100 < spellingMetMaxErrorsPer100) {
            throw new IllegalArgumentException("spelling thresholds must satisfy 0 <= met <= partial");
        }
        if (spellingMinWords < 1) {
            throw new IllegalArgumentException("spellingMinWords must be at least 1");
        }
    }
}
