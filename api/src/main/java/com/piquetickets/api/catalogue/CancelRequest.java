package com.piquetickets.api.catalogue;

import com.piquetickets.api.web.json.MultilineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a show is cancelled; buyers are told. */
record CancelRequest(@MultilineText @NotBlank @Size(max = 1_000) String reason) {
}
