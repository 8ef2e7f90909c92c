/** saga module root. */
package com.piquetickets.saga;
