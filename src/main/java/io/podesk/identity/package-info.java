/** Spring Security: who is calling, which roles they hold, and which URLs they may reach. */
package io.podesk.identity;
