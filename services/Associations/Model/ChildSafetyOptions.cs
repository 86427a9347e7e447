namespace Frivillighed.Associations.Model;

public sealed class ChildSafetyOptions
{
    // Day of the year (MM-dd) by which the year's declaration is due; a missing one lapses the day after.
    public string Deadline { get; set; } = "03-31";

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    public DateOnly DeadlineIn(int year) => DateOnly.ParseExact($"{year}-{Deadline}", "yyyy-MM-dd");
}
