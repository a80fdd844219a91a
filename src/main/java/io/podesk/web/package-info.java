/** HTTP plumbing shared by every module's API: RFC 7807 problem details and the OpenAPI description. */
package io.podesk.web;
