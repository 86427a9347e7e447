using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

public sealed record ApplicationResponse(
    Guid Id,
    Guid PoolId,
    Guid RoundId,
    Guid AssociationId,
    ApplicationStatus Status,
    string Title,
    string Description,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    decimal RequestedAmount,
    List<BudgetLine> BudgetLines,
    decimal? CoFinancing,
    string? TargetGroup,
    int? Volunteers,
    List<CriterionAnswer> Answers,
    DateTimeOffset? SubmittedAt,
    string? Flag,
    string? DecisionReason,
    decimal? Score,
    Guid? AwardId,
    DateTimeOffset UpdatedAt);
