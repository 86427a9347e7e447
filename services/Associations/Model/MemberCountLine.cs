namespace Frivillighed.Associations.Model;

// Active members of one activity: paying members for at least 3 months, split at age 25.
public sealed record MemberCountLine(string Activity, int Under25, int Age25AndOver);
