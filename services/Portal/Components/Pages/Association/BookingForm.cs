using Frivillighed.Portal.Clients.Booking;
using Frivillighed.Portal.Gateway;
using Frivillighed.Portal.Text;

namespace Frivillighed.Portal.Components.Pages.Association;

// A one-off booking or a weekly series as typed. Key is the idempotency key the form carries, so sending the
// same form twice (a double click, a reload) books once.
public sealed class BookingForm
{
    public string? Facility { get; set; }
    public string? Date { get; set; }
    public string? LastDate { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Activity { get; set; }
    public string? Key { get; set; }
    public string? Action { get; set; }

    public Guid? FacilityId => Guid.TryParse(Facility, out var id) ? id : null;

    // What the portal itself must say: the API cannot read what is not a date or a time.
    public List<(string FieldId, string Message)> Unreadable(bool series)
    {
        var errors = new List<(string, string)>();
        if (Danish.ParseDate(Date) is null) errors.Add(("dato", series ? "Skriv den første dato som dag-måned-år, fx 3-3-2027." : "Skriv datoen som dag-måned-år, fx 3-3-2027."));
        if (series && Danish.ParseDate(LastDate) is null) errors.Add(("sidste", "Skriv den sidste dato som dag-måned-år, fx 30-6-2027."));
        if (Danish.ParseTime(Start) is null) errors.Add(("fra", "Skriv starttidspunktet som tt:mm, fx 18:00."));
        if (Danish.ParseTime(End) is null) errors.Add(("til", "Skriv sluttidspunktet som tt:mm, fx 20:00."));
        return errors;
    }

    public List<(string FieldId, string Message)> Errors(ApiProblem problem) => problem.Fields(
        ("FacilityId", "lokale", "Vælg et lokale."),
        ("Date", "dato", "Skriv en dato, og et sluttidspunkt efter starttidspunktet."),
        ("FirstDate", "dato", "Skriv en første dato, og et sluttidspunkt efter starttidspunktet."),
        ("Start", "fra", "Skriv et starttidspunkt før sluttidspunktet."),
        ("End", "til", "Sluttidspunktet skal ligge efter starttidspunktet samme dag."),
        ("LastDate", "sidste", "Den sidste dato skal ligge efter den første og højst 53 uger senere."),
        ("Activity", "aktivitet", "Skriv hvad lokalet skal bruges til (højst 200 tegn), fx Fodboldtræning U12."));

    // Taken times in Danish, without who holds them.
    public static string Taken(SlotConflict c) => c.Start is { } from && c.End is { } to
        ? $"{Danish.Capital(Danish.Date(c.Date))}: optaget {Danish.Time(from)}–{Danish.Time(to)}"
        : $"{Danish.Capital(Danish.Date(c.Date))}: lukket ({c.Reason})";
}
