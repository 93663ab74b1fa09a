package com.towebs.chatqa.web.portal;

import com.towebs.chatqa.operations.access.Role;
import com.towebs.chatqa.operations.access.Viewer;
import com.towebs.chatqa.web.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in user as the layout shows them: the name and which parts of the menu apply. */
@Named
@RequestScoped
public class PortalUser {

    @Inject
    CurrentViewer current;

    public Viewer getViewer() {
        return current.viewer();
    }

    public String getName() {
        return getViewer().name();
    }

    public boolean isAgent() {
        return getViewer().has(Role.AGENT);
    }

    public boolean isManager() {
        return getViewer().has(Role.MANAGER);
    }

    public boolean isHr() {
        return getViewer().has(Role.HR);
    }

    public boolean isQaAdmin() {
        return getViewer().has(Role.QA_ADMIN);
    }
}
