/**
 * The HTTP service behind {@code claimspan serve}: who said what over HTTP on embedded Jetty, with
 * its limits, metrics, OpenAPI document and web page. An application package, not API: it uses the
 * library only through its public API.
 */
package org.claimspan.service;
