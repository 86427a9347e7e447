namespace Frivillighed.Associations.Apis;

// How many efforts a department agreed, by the year they began (kept after personal data is deleted).
public sealed record CoverCount(string Department, int Year, int Agreements);
