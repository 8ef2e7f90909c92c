/** command module root. */
package com.piquetickets.command;
