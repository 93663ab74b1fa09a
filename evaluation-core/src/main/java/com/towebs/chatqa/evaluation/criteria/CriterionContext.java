package com.towebs.chatqa.evaluation.criteria;

import com.towebs.chatqa.evaluation.profile.CustomerType;
import com.towebs.chatqa.evaluation.rubric.Thresholds;
import java.util.Set;

/** What a criterion may know besides the chat: the rubric's thresholds and the customer's detected types. */
public record CriterionContext(Thresholds thresholds, Set<CustomerType> customerTypes) {

    public CriterionContext {
        customerTypes = Set.copyOf(customerTypes);
    }

    public boolean customerIs(CustomerType type) {
        return customerTypes.contains(type);
    }
}
