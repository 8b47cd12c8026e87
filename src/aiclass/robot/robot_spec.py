"""The simulated robot: its size, motors and sensors, and how noisy they are."""

from dataclasses import dataclass


@dataclass(frozen=True)
class RobotSpec:
    """A small two-wheeled classroom robot. Lengths in metres, speeds in m/s."""

    wheel_base: float = 0.12  # distance between the two wheels
    radius: float = 0.07  # the robot is a circle this big, seen from above
    max_speed: float = 0.35  # wheel speed at 100 %
    motor_lag_s: float = 0.08  # how long a wheel takes to reach a new speed
    dead_band: int = 8  # motor commands smaller than this (in %) do not turn the wheel
    line_sensor_ahead: float = 0.07  # line sensors sit this far in front of the wheels
    line_sensor_spacing: float = 0.02  # between neighbouring line sensors
    line_sensor_spot: float = 0.006  # radius of the patch of floor a line sensor sees
    distance_sensor_ahead: float = 0.07
    distance_cone_deg: float = 25.0  # an ultrasonic sensor hears echoes this far off its axis
    distance_max_cm: int = 400  # beyond this the sensor reports 999 (no echo)


@dataclass(frozen=True)
class Noise:
    """Standard deviations of the random errors; Noise.none() switches them all off."""

    line: float = 25.0  # darkness units (0..1000)
    distance_cm: float = 1.0
    accel_mg: float = 15.0
    wheel_gain: float = 0.03  # each wheel is a little stronger or weaker than it should be
    wheel_jitter: float = 0.02  # and wobbles a little every step

    @classmethod
    def none(cls) -> "Noise":
        return cls(0.0, 0.0, 0.0, 0.0, 0.0)
