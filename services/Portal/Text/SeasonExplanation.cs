using Frivillighed.Portal.Clients.Booking;

namespace Frivillighed.Portal.Text;

// A season wish and its outcome in plain Danish, from what the allocation recorded: rank, § 21 priority, which
// wish held the slot, the alternative given. The same words on the association's page and the case worker's, so a
// case worker can send the explanation to the association unchanged.
public static class SeasonExplanation
{
    public static string Wish(SeasonRequestResponse r, Func<Guid?, string> facilityName) =>
        $"{Danish.Capital(Danish.Weekday((System.DayOfWeek)(int)r.Weekday))} {Danish.Time(r.Start)}–{Danish.Time(r.End)}, "
        + (r.FacilityId is { } f ? facilityName(f) : $"{Danish.FacilityKind(r.Kind?.ToString() ?? "")} i {r.Town}") + $": {r.Activity}";

    // all: every request of the round with its outcome; associationName: a holder's name ("kommunen" when none).
    public static IEnumerable<string> Lines(SeasonRequestResponse r, IReadOnlyList<SeasonRequestResponse> all, Func<Guid?, string> facilityName,
        Func<Guid, string> associationName)
    {
        var group = (int)r.TargetGroup + 1;
        yield return $"Ønsket blev behandlet som nr. {r.Rank} af {all.Count}, med § 21-prioritet {group}: {Danish.TargetGroup(r.TargetGroup.ToString()).ToLowerInvariant()}.";
        var holders = r.ConflictsWith.Select(h => all.FirstOrDefault(a => a.Id == h)).OfType<SeasonRequestResponse>().ToList();
        if (holders.Count > 0 && r.Outcome != SeasonOutcome.Granted)
        {
            yield return "Den ønskede tid var allerede fordelt til " + string.Join(", ", holders.Select(h =>
                $"{(h.AssociationId is { } a ? associationName(a) : "kommunen")} ({Danish.TargetGroup(h.TargetGroup.ToString()).ToLowerInvariant()}, behandlet som nr. {h.Rank})")) + ".";
        }

        if (r.Outcome is SeasonOutcome.Granted or SeasonOutcome.GrantedAlternative && r.AllocatedWeekday is { } day && r.AllocatedStart is { } start && r.AllocatedEnd is { } end)
        {
            yield return (r.Outcome == SeasonOutcome.Granted ? "I fik tiden: " : "I fik i stedet: ")
                + $"{facilityName(r.AllocatedFacilityId)}, {Danish.Weekday((System.DayOfWeek)(int)day)} {Danish.Time(start)}–{Danish.Time(end)}, hele sæsonen.";
        }
        else if (r.Outcome == SeasonOutcome.Rejected)
        {
            yield return holders.Count == 0
                ? "Intet lokale af den ønskede slags passede til tidspunktet eller antallet af deltagere."
                : "Der var ingen ledig tid af samme slags inden for to timer af det ønskede tidspunkt. Søg i stedet de ledige tider, som er først til mølle.";
        }

        if (r.AdjustedByStaff)
        {
            yield return $"Kommunen har tilpasset fordelingen manuelt: {r.Reason}";
        }
    }

    public static string OutcomeKind(SeasonOutcome? outcome) =>
        outcome == SeasonOutcome.Granted ? "success" : outcome == SeasonOutcome.GrantedAlternative ? "info" : "error";
}
