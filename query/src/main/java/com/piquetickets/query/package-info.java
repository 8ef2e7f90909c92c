/** query module root. */
package com.piquetickets.query;
