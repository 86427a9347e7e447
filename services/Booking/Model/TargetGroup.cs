namespace Frivillighed.Booking.Model;

// Who an activity is for, in the priority order of premises allocation (FOL §21 and Faxe's local order):
// the lower the value, the earlier a season request is served.
public enum TargetGroup
{
    MunicipalActivity = 1,
    PeopleWithDisabilities = 2,
    ChildrenAndYouth = 3,
    AdultEducation = 4,
    AdultsWithChildrenActivity = 5,
    AdultsWithoutChildrenActivity = 6,
}
