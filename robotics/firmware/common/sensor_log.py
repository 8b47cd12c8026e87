"""One CSV line per control step, printed over USB serial for `aiclass robot log`."""

HEADER = "t_ms,left,centre,right,distance_cm,ax,ay,az,decision"


def csv_line(t_ms: int, line: tuple, distance_cm: int, accel: tuple, decision: str) -> str:
    """Format one step as a CSV line matching HEADER."""
    values = [t_ms, line[0], line[1], line[2], distance_cm, accel[0], accel[1], accel[2]]
    return ",".join([str(v) for v in values]) + "," + decision
