namespace Frivillighed.Associations.Model;

public enum ActivityArea
{
    HealthAndExercise,
    ElderlyAndCare,
    OpenSchool,
    TechnicalAndEnvironment,
    Sport,
    Integration,
    Culture,
    ChildrenAndYouth,
    Social,
}
