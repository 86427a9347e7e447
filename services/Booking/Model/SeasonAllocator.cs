using System.Security.Cryptography;
using System.Text;

namespace Frivillighed.Booking.Model;

// The draft season allocation. Requests are served one at a time in this order:
//   1. priority of the target group (FOL §21 and Faxe's local order, see TargetGroup);
//   2. within a priority, associations whose absence last season was over 25% come last (Faxe rule 3.8);
//   3. ties are broken by the round's lottery: a number drawn per association from a hash of the round id and
//      the association id. It is fixed for the round (the draft can be recomputed and explained), the same for
//      all of one association's requests, and independent of names and of when a request was submitted;
//   4. one association's own requests keep the order it submitted them in.
// Each request gets the slot it asked for if that is open and free; otherwise the nearest free start on the
// same day (in booking units, up to two hours earlier or later) at the facilities it asked for; otherwise the
// same at another facility of the same kind in the same town; otherwise it is rejected. Every outcome says why,
// and lists the requests that hold the slot it asked for.
public static class SeasonAllocator
{
    public const double AbsenceLimit = 0.25;
    public const int MaxShiftMinutes = 120;

    private sealed record Grant(Guid RequestId, Guid FacilityId, DayOfWeek Weekday, TimeOnly Start, TimeOnly End);

    public static IReadOnlyList<AllocationResult> Allocate(Guid roundId, IReadOnlyList<AllocationRequest> requests, IReadOnlyList<Facility> facilities)
    {
        var grants = new List<Grant>();
        var results = new List<AllocationResult>();
        foreach (var (request, index) in Order(roundId, requests).Select((r, i) => (r, i)))
        {
            var rank = index + 1;
            var why = $"Served as number {rank} of {requests.Count}: {Describe(request)}.";
            var asked = Asked(request, facilities);
            if (asked.Count == 0)
            {
                results.Add(Rejected(request, rank, $"No facility matches the request ({AskedFor(request, facilities)}). {why}", []));
                continue;
            }

            var fitting = asked.Where(f => f.Capacity >= request.Participants).ToList();
            if (fitting.Count == 0)
            {
                results.Add(Rejected(request, rank,
                    $"{AskedFor(request, facilities)} holds at most {asked.Max(f => f.Capacity)} people; {request.Participants} are expected. {why}", []));
                continue;
            }

            var holders = grants.Where(g => fitting.Any(f => f.Id == g.FacilityId) && g.Weekday == request.Weekday
                && g.Start < request.End && request.Start < g.End).Select(g => g.RequestId).Distinct().ToList();
            var wanted = $"{AskedFor(request, facilities)} on {request.Weekday}s {request.Start:HH\\:mm}–{request.End:HH\\:mm}";
            var problem = holders.Count > 0
                ? $"{wanted} is allocated to {holders.Count} request(s) served earlier"
                : $"{wanted} is outside opening hours or booking units";

            if (fitting.FirstOrDefault(f => IsFree(f, request.Weekday, request.Start, request.End, grants)) is { } exact)
            {
                results.Add(GrantOf(request, SeasonOutcome.Granted, exact, request.Start, rank, grants,
                    $"Granted as requested: {exact.Name} on {request.Weekday}s {request.Start:HH\\:mm}–{request.End:HH\\:mm}. {why}", holders));
                continue;
            }

            var others = facilities.Where(f => f.Kind == asked[0].Kind && f.Town == asked[0].Town && f.Capacity >= request.Participants
                    && !asked.Contains(f))
                .OrderBy(f => f.Capacity).ThenBy(f => f.Name).ToList();
            var alternative = NearestFree(fitting, request, grants) ?? FreeAtRequestedTime(others, request, grants) ?? NearestFree(others, request, grants);
            if (alternative is { } found)
            {
                var end = found.Start.AddMinutes(request.DurationMinutes);
                results.Add(GrantOf(request, SeasonOutcome.GrantedAlternative, found.Facility, found.Start, rank, grants,
                    $"{problem}; granted {found.Facility.Name} on {request.Weekday}s {found.Start:HH\\:mm}–{end:HH\\:mm} instead. {why}", holders));
                continue;
            }

            results.Add(Rejected(request, rank,
                $"{problem}, and no {asked[0].Kind} in {asked[0].Town} for {request.Participants} people is free on {request.Weekday}s within {MaxShiftMinutes / 60} hours of {request.Start:HH\\:mm}. {why}",
                holders));
        }

        return results;
    }

    public static IEnumerable<AllocationRequest> Order(Guid roundId, IEnumerable<AllocationRequest> requests) => requests
        .OrderBy(r => r.TargetGroup)
        .ThenBy(IsPenalised)
        .ThenBy(r => Lottery(roundId, r.AssociationId ?? r.Id))
        .ThenBy(r => r.Id);

    public static bool IsPenalised(AllocationRequest request) => request.LastSeasonAbsence > AbsenceLimit;

    public static ulong Lottery(Guid roundId, Guid associationId) =>
        BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{roundId}:{associationId}")), 0);

    private static string Describe(AllocationRequest request) =>
        $"priority {(int)request.TargetGroup} ({request.TargetGroup})"
        + (IsPenalised(request)
            ? $", placed last within it because last season's absence was {request.LastSeasonAbsence:P0} (over {AbsenceLimit:P0})"
            : "")
        + ", then the round's lottery";

    // The facilities the request names: the one it asked for, or every facility of the kind in the town.
    private static List<Facility> Asked(AllocationRequest request, IReadOnlyList<Facility> facilities) => request.FacilityId is { } id
        ? facilities.Where(f => f.Id == id).ToList()
        : facilities.Where(f => f.Kind == request.Kind && f.Town == request.Town).OrderBy(f => f.Capacity).ThenBy(f => f.Name).ToList();

    private static string AskedFor(AllocationRequest request, IReadOnlyList<Facility> facilities) => request.FacilityId is { } id
        ? facilities.FirstOrDefault(f => f.Id == id)?.Name ?? $"facility {id}"
        : $"a {request.Kind} in {request.Town}";

    private static bool IsFree(Facility facility, DayOfWeek day, TimeOnly start, TimeOnly end, List<Grant> grants) =>
        start < end
        && BookingRules.CheckWeekly(facility, day, start, end).Count == 0
        && !grants.Any(g => g.FacilityId == facility.Id && g.Weekday == day && g.Start < end && start < g.End);

    private static (Facility Facility, TimeOnly Start)? FreeAtRequestedTime(List<Facility> candidates, AllocationRequest request, List<Grant> grants) =>
        candidates.FirstOrDefault(f => IsFree(f, request.Weekday, request.Start, request.End, grants)) is { } facility
            ? (facility, request.Start)
            : null;

    // The closest start to the requested one, trying earlier before later at the same distance.
    private static (Facility Facility, TimeOnly Start)? NearestFree(List<Facility> candidates, AllocationRequest request, List<Grant> grants)
    {
        foreach (var facility in candidates)
        {
            for (var shift = facility.BookingUnitMinutes; shift <= MaxShiftMinutes; shift += facility.BookingUnitMinutes)
            {
                foreach (var delta in new[] { -shift, shift })
                {
                    var start = request.Start.AddMinutes(delta, out var wrapped);
                    var end = start.AddMinutes(request.DurationMinutes, out var endWrapped);
                    if (wrapped == 0 && endWrapped == 0 && IsFree(facility, request.Weekday, start, end, grants))
                    {
                        return (facility, start);
                    }
                }
            }
        }

        return null;
    }

    private static AllocationResult GrantOf(AllocationRequest request, SeasonOutcome outcome, Facility facility, TimeOnly start, int rank,
        List<Grant> grants, string reason, List<Guid> holders)
    {
        grants.Add(new Grant(request.Id, facility.Id, request.Weekday, start, start.AddMinutes(request.DurationMinutes)));
        return new AllocationResult(request.Id, outcome, facility.Id, request.Weekday, start, rank, reason, holders);
    }

    private static AllocationResult Rejected(AllocationRequest request, int rank, string reason, List<Guid> holders) =>
        new(request.Id, SeasonOutcome.Rejected, null, null, null, rank, reason, holders);
}
