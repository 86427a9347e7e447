namespace Frivillighed.Grants.Apis;

public sealed record PendingCorrection(int Revision, int MembersUnder25, decimal NewAmount, decimal Difference);
