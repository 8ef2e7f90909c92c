/** domain module root. */
package com.piquetickets.domain;
