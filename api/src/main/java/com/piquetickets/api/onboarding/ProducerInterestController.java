package com.piquetickets.api.onboarding;

import com.piquetickets.domain.common.MetaDataKeys;
import com.piquetickets.api.web.json.MultilineText;
import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.messaging.RequestMetaData;
import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.security.RateLimiter;
import com.piquetickets.api.web.PageResponse;
import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.onboarding.FindProducerInterestQuery;
import com.piquetickets.domain.onboarding.FindProducerInterestsQuery;
import com.piquetickets.domain.onboarding.InterestStatus;
import com.piquetickets.domain.onboarding.ProducerInterestDetails;
import com.piquetickets.domain.onboarding.ProducerInterestId;
import com.piquetickets.domain.onboarding.ProducerInterestView;
import com.piquetickets.domain.onboarding.ReviewProducerInterestCommand;
import com.piquetickets.domain.onboarding.SubmitProducerInterestCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public "become a producer" lead form (rate-limited per client IP) and the staff pipeline that works the leads. */
@RestController
@Tag(name = "Producer interest")
class ProducerInterestController {

    private static final String KIND = "producer-interest";

    private final Commands commands;
    private final Queries queries;
    private final RateLimiter submissionsPerIp;

    ProducerInterestController(Commands commands, Queries queries, Clock clock,
                               @Value("${pique.producer-interest.submissions-per-ip}") int submissionsPerIp,
                               @Value("${pique.producer-interest.window}") Duration window) {
        this.commands = commands;
        this.queries = queries;
        this.submissionsPerIp = new RateLimiter("producer-interest submissions", submissionsPerIp, window, clock);
    }

    @PostMapping("/api/producer-interest")
    @Allow(AccessRule.PUBLIC)
    @Operation(summary = "Tell us you would like to sell tickets with us (a few submissions per hour per address)")
    ResponseEntity<Map<String, Object>> submit(@Valid @RequestBody InterestForm form, HttpServletRequest request) {
        submissionsPerIp.acquire(request.getRemoteAddr());
        ProducerInterestId id = new ProducerInterestId(UUID.randomUUID());
        Map<String, Object> metaData = RequestMetaData.current();
        commands.send(new SubmitProducerInterestCommand(id, form.details(), request.getRemoteAddr(),
                (String) metaData.get(MetaDataKeys.USER_AGENT)));
        return ResponseEntity.created(URI.create("/api/producer-interest/" + id.value()))
                .body(Map.of("id", id.value(), "status", InterestStatus.NEW));
    }

    @GetMapping("/api/producer-interest")
    @Allow(AccessRule.STAFF)
    @Operation(summary = "Leads, newest first, optionally by status")
    PageResponse<ProducerInterestView> list(@RequestParam(required = false) InterestStatus status,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(queries.page(new FindProducerInterestsQuery(status, new PageRequest(page, size)),
                ProducerInterestView.class));
    }

    @GetMapping("/api/producer-interest/{id}")
    @Allow(AccessRule.STAFF)
    ProducerInterestView get(@PathVariable UUID id) {
        return queries.one(new FindProducerInterestQuery(new ProducerInterestId(id)), ProducerInterestView.class, KIND, id);
    }

    @PutMapping("/api/producer-interest/{id}")
    @Allow(AccessRule.STAFF)
    @Operation(summary = "Move a lead along the pipeline (NEW, CONTACTED, QUALIFIED, REJECTED, CONVERTED) and keep notes")
    ProducerInterestView review(@PathVariable UUID id, @Valid @RequestBody Review request) {
        get(id);
        commands.send(new ReviewProducerInterestCommand(new ProducerInterestId(id), request.status(), request.notes()));
        return get(id);
    }

    record InterestForm(@NotBlank @Size(max = 200) String name,
                        @NotBlank @Email @Size(max = 254) String email,
                        @Size(max = 40) String phone,
                        @Size(max = 200) String companyName,
                        @Size(max = 200) String city,
                        @Size(max = 200) String state,
                        @Size(max = 100) String eventsPerYear,
                        @Size(max = 20) List<@NotNull @Size(max = 100) String> showTypes,
                        @MultilineText @Size(max = 2000) String showTypesOther,
                        @Size(max = 20) List<@NotNull @Size(max = 100) String> currentPlatform,
                        @MultilineText @Size(max = 2000) String currentPlatformOther,
                        @MultilineText @Size(max = 2000) String platformChallenges,
                        @MultilineText @Size(max = 2000) String desiredFeatures,
                        Boolean interestedInMarketing,
                        @MultilineText @Size(max = 2000) String additionalInfo) {

        ProducerInterestDetails details() {
            return new ProducerInterestDetails(name, email, phone, companyName, city, state, eventsPerYear,
                    showTypes == null ? List.of() : showTypes, showTypesOther,
                    currentPlatform == null ? List.of() : currentPlatform, currentPlatformOther, platformChallenges,
                    desiredFeatures, Boolean.TRUE.equals(interestedInMarketing), additionalInfo);
        }
    }

    record Review(InterestStatus status, @MultilineText @Size(max = 5000) String notes) {
    }
}
