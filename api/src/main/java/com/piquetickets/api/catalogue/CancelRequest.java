package com.piquetickets.api.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a show is cancelled; buyers are told. */
record CancelRequest(@NotBlank @Size(max = 1_000) String reason) {
}
