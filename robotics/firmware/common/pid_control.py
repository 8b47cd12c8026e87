"""A PID controller: steer by how far off the target we are (P), for how long (I),
and how fast the error changes (D)."""


class PID:
    """A PID controller with an output limit. Call `update(error, dt_s)` every step."""

    def __init__(self, kp: float, ki: float = 0.0, kd: float = 0.0, limit: float = 100.0) -> None:
        self.kp = kp
        self.ki = ki
        self.kd = kd
        self.limit = limit
        self.integral = 0.0
        self.last_error = 0.0
        self.started = False

    def reset(self) -> None:
        """Forget the past: clear the integral and the last error."""
        self.integral = 0.0
        self.last_error = 0.0
        self.started = False

    def update(self, error: float, dt_s: float) -> float:
        """Return the control output for this error, clipped to [-limit, limit]."""
        derivative = 0.0
        if self.started and dt_s > 0:
            derivative = (error - self.last_error) / dt_s
        self.started = True
        self.last_error = error
        self.integral += error * dt_s
        if self.ki != 0:
            most = self.limit / abs(self.ki)
            self.integral = max(-most, min(most, self.integral))
        out = self.kp * error + self.ki * self.integral + self.kd * derivative
        return max(-self.limit, min(self.limit, out))


def line_position(line: tuple) -> float:
    """Where the line is under the sensors: -1 (far left) .. 0 (centre) .. 1 (far right).

    Returns 0.0 when no sensor sees any darkness.
    """
    total = line[0] + line[1] + line[2]
    if total <= 0:
        return 0.0
    return (line[2] - line[0]) / total


class PIDLineFollower:
    """Follow a line smoothly: a PID controller turns the line position into steering."""

    def __init__(self, speed: int = 45, kp: float = 60.0, ki: float = 0.0, kd: float = 2.0,
                 period_s: float = 0.03) -> None:
        self.speed = speed
        self.period_s = period_s
        self.pid = PID(kp, ki, kd, limit=speed)

    def step(self, line: tuple, distance_cm: int) -> tuple:
        """One control step: returns (decision, left wheel %, right wheel %)."""
        steer = int(self.pid.update(line_position(line), self.period_s))
        decision = "forward"
        if steer > 5:
            decision = "right"
        elif steer < -5:
            decision = "left"
        return decision, self.speed + steer, self.speed - steer
