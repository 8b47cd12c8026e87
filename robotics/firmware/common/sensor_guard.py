"""Notice when the distance sensor cannot be trusted, so the robot can fail safe.

A covered, unplugged or loose ultrasonic sensor does not say "I am broken". It says
999 (no echo: "nothing in front"), 0, the same number again and again, or numbers that
jump about. Each reading alone could be true; many in a row cannot.

One control step is 30 ms. At full speed the kit drives about 0.5 cm a step.

- No echo (999) or an impossible reading (below 2 cm: an HC-SR04 cannot measure that
  close) counts as a bad reading. So does a jump of more than 100 cm from the reading
  just before: the robot moves 0.5 cm a step and a walking person 5 cm, so such a jump
  means a different object (a hand, an edge while turning): possible once, not every step.
- 3 bad readings in a row (0.1 s): slow down. A real sonar in a big room sometimes hears
  nothing, so one or two 999s must not stop the robot.
- 10 bad readings in a row (0.3 s, at most about 3 cm driven): stop. Fault.
- The same reading 30 times in a row while the wheels turn (0.9 s: about 10 cm of driving
  straight, or a third of a turn on the spot): the sensor is stuck, because a working one
  would have seen the distance change. Fault. Half of that (15): slow down. Steps with the
  wheels stopped are not counted: a robot standing still may read the same all the time.
- A fault lasts until 5 good readings in a row (0.15 s) arrive, counted from the first
  reading that differs from the one that caused the fault (a stuck sensor must move).
"""

NO_ECHO_CM = 999
MIN_CM = 2
JUMP_CM = 100
SLOW_AFTER = 3
STOP_AFTER = 10
STUCK_STEPS = 30
GOOD_STEPS = 5

OK = "ok"
DOUBT = "doubt"
FAULT = "fault"


class SensorGuard:
    """Watch the distance readings one by one: `check` says "ok", "doubt" or "fault"."""

    def __init__(self, stop_after: int = STOP_AFTER, slow_after: int = SLOW_AFTER,
                 stuck_steps: int = STUCK_STEPS, good_steps: int = GOOD_STEPS,
                 jump_cm: int = JUMP_CM) -> None:
        self.stop_after = stop_after
        self.slow_after = slow_after
        self.stuck_steps = stuck_steps
        self.good_steps = good_steps
        self.jump_cm = jump_cm
        self.bad = 0  # bad readings in a row
        self.same = 0  # equal readings in a row while the wheels turn
        self.good = 0  # good readings in a row since the fault (after a change)
        self.previous = -1  # the reading before this one (-1: none yet)
        self.fault = False
        self.fault_reading = -1
        self.changed = False

    def is_bad(self, distance_cm: int) -> bool:
        """True for a reading no working sensor gives: no echo, too close, or a big jump."""
        if distance_cm >= NO_ECHO_CM or distance_cm < MIN_CM:
            return True
        before = self.previous
        if MIN_CM <= before < NO_ECHO_CM and abs(distance_cm - before) > self.jump_cm:
            return True
        return False

    def check(self, distance_cm: int, moving: bool) -> str:
        """Look at one reading. `moving`: the wheels turned since the last reading.
        Returns "ok", "doubt" (slow down) or "fault" (stop)."""
        bad = self.is_bad(distance_cm)
        self.bad = self.bad + 1 if bad else 0
        if distance_cm == self.previous and not bad:
            if moving:
                self.same += 1
        else:
            self.same = 0
        self.previous = distance_cm
        if self.fault:
            return self._recover(distance_cm, bad)
        if self.bad >= self.stop_after or self.same >= self.stuck_steps:
            self.fault = True
            self.fault_reading = distance_cm
            self.changed = False
            self.good = 0
            return FAULT
        if self.bad >= self.slow_after or self.same * 2 >= self.stuck_steps:
            return DOUBT
        return OK

    def _recover(self, distance_cm: int, bad: bool) -> str:
        if distance_cm != self.fault_reading:
            self.changed = True
        if bad or not self.changed:
            self.good = 0
            return FAULT
        self.good += 1
        if self.good < self.good_steps:
            return FAULT
        self.fault = False
        self.same = 0
        return OK
