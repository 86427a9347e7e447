using Frivillighed.Associations.Model;

namespace Frivillighed.Associations.Apis;

public sealed record MemberCountRequest(int? Year, List<MemberCountLine>? Lines);
