package com.towebs.chatqa.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The product's HTTP API, under /chatqa/api. */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
