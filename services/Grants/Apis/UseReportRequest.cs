namespace Frivillighed.Grants.Apis;

public sealed record UseReportRequest(decimal? Spent, string? Results);
