namespace Frivillighed.Events.Model;

public enum EventKind
{
    Conference,
    DialogueMeeting,
    Course,
    Fair,
    VolunteerCouncilMeeting,
}
