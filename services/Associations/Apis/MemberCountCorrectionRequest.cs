using Frivillighed.Associations.Model;

namespace Frivillighed.Associations.Apis;

public sealed record MemberCountCorrectionRequest(List<MemberCountLine>? Lines, string? Reason);
