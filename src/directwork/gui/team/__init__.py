"""The Team screen: a team manager's view of links between the team's children."""
