namespace Frivillighed.Associations.Model;

public sealed class RetentionOptions
{
    // Personal data of a withdrawn association is removed this many days after the withdrawal.
    public int WithdrawnPersonalDataDays { get; set; } = 365;

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(6);
}
