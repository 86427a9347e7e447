namespace Frivillighed.Associations.Model;

public sealed class VolunteerInsuranceOptions
{
    // The volunteer's personal data is deleted this many days after the last day of cover: three years by
    // default, the ordinary limitation period for a claim (forældelsesloven §3).
    public int PersonalDataDays { get; set; } = 1095;

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(6);
}
