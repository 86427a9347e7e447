namespace Frivillighed.Associations.Apis;

// What the volunteer sees through the personal link: their cover and whether it holds today.
public sealed record CoverConfirmation(
    string VolunteerName,
    string Task,
    string Place,
    DateOnly From,
    DateOnly LastDay,
    DateOnly? EndedEarlyOn,
    string Department,
    string ResponsibleManager,
    bool CoveredToday);
