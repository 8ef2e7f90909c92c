/** What the sagas share: how they send commands and how they back off between retries. */
package com.piquetickets.saga.support;
