// Progressive enhancement of the public survey (the form works without it):
// - an error disappears from the field and from the summary as soon as the question is answered;
// - on a kiosk (body.kiosk): one screen at a time with progress, and a form left alone is cleared for the next person;
// - on the thank-you page: its own address in the history instead of the post's.
(function () {
  'use strict';
  var body = document.body;
  // The thank-you page answers the post itself (one round trip instead of a redirect and a second request). With its
  // own address in the history entry, a reload asks for the thank-you page instead of offering to post again (a post
  // sent again would store nothing: the form's token is used).
  var thanksUrl = body.getAttribute('data-thanks-url');
  if (thanksUrl && window.history.replaceState) {
    window.history.replaceState(null, '', thanksUrl);
  }
  var form = document.getElementById('survey-form');
  if (!form) {
    return;
  }
  var summary = document.getElementById('error-summary');

  function answered(question) {
    var inputs = question.querySelectorAll('input, textarea');
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      if ((input.type === 'radio' || input.type === 'checkbox') ? input.checked : input.value.trim() !== '') {
        return true;
      }
    }
    return false;
  }

  // The server decides what is wrong; once the participant has answered, its mark goes away.
  function clearError(question) {
    if (!question.classList.contains('has-error') || !answered(question)) {
      return;
    }
    var field = question.getAttribute('data-field');
    question.classList.remove('has-error');
    var message = document.getElementById('err-' + field);
    if (message) {
      message.remove();
    }
    question.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
    [question].concat(Array.prototype.slice.call(question.querySelectorAll('[aria-describedby]'))).forEach(function (el) {
      var ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
        return id && id !== 'err-' + field;
      });
      if (ids.length) {
        el.setAttribute('aria-describedby', ids.join(' '));
      } else {
        el.removeAttribute('aria-describedby');
      }
    });
    if (summary) {
      var item = summary.querySelector('li[data-field="' + field + '"]');
      if (item) {
        item.remove();
      }
      if (!summary.querySelector('li')) {
        summary.remove();
        summary = null;
      }
    }
  }

  form.addEventListener('change', function (event) {
    var question = event.target.closest('.q');
    if (question) {
      clearError(question);
    }
  });
  form.addEventListener('input', function (event) {
    var question = event.target.closest('.q');
    if (question) {
      clearError(question);
    }
  });

  // The closed loop is offered only to a participant whose overall satisfaction is 1 or 2 (the server ignores a
  // contact left with a higher score); without JavaScript the offer is shown to everyone.
  var followUps = Array.prototype.slice.call(form.querySelectorAll('.follow-up'));
  function showFollowUp() {
    var chosen = form.querySelector('input[name="overallSatisfaction"]:checked');
    var low = chosen !== null && Number(chosen.value) <= 2;
    followUps.forEach(function (el) { el.hidden = !low; });
  }
  if (followUps.length) {
    showFollowUp();
    form.addEventListener('change', function (event) {
      if (event.target.name === 'overallSatisfaction') {
        showFollowUp();
      }
    });
  }

  var submit = document.getElementById('survey-submit');
  var sending = false;
  form.addEventListener('submit', function (event) {
    if (sending) {
      event.preventDefault();
      return;
    }
    sending = true;
    submit.setAttribute('aria-disabled', 'true');
    submit.textContent = body.getAttribute('data-text-sending');
  });

  var steps = Array.prototype.slice.call(form.querySelectorAll('.step'));
  var current = 0;
  var label;
  var bar;
  var back;
  var next;

  function stepOf(element) {
    var step = element.closest('.step');
    return step ? steps.indexOf(step) : -1;
  }

  function show(index, focus) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach(function (step, i) { step.classList.toggle('current', i === current); });
    body.classList.toggle('last', current === steps.length - 1);
    label.textContent = body.getAttribute('data-text-step').replace('{0}', current + 1).replace('{1}', steps.length);
    bar.value = current + 1;
    back.hidden = current === 0;
    next.hidden = current === steps.length - 1;
    if (focus) {
      var heading = steps[current].querySelector('h2, legend, label');
      var target = steps[current].querySelector('input, textarea');
      window.scrollTo(0, 0);
      if (target) {
        target.focus({ preventScroll: true });
      } else if (heading) {
        heading.focus();
      }
    }
  }

  function button(text, secondary) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = secondary ? 'button secondary' : 'button';
    b.textContent = text;
    return b;
  }

  if (body.classList.contains('kiosk') && steps.length > 1) {
    body.classList.add('steps');
    var progress = document.createElement('div');
    progress.className = 'progress';
    label = document.createElement('p');
    label.id = 'step-label';
    label.setAttribute('aria-live', 'polite');
    bar = document.createElement('progress');
    bar.max = steps.length;
    bar.setAttribute('aria-labelledby', 'step-label');
    progress.appendChild(label);
    progress.appendChild(bar);
    form.insertBefore(progress, form.querySelector('.step'));
    var nav = document.createElement('div');
    nav.className = 'step-nav';
    back = button(body.getAttribute('data-text-back'), true);
    back.id = 'step-back';
    next = button(body.getAttribute('data-text-next'), false);
    next.id = 'step-next';
    nav.appendChild(back);
    nav.appendChild(next);
    form.appendChild(nav);
    back.addEventListener('click', function () { show(current - 1, true); });
    next.addEventListener('click', function () { show(current + 1, true); });
    // the summary's links lead to a question on another screen
    if (summary) {
      summary.addEventListener('click', function (event) {
        var link = event.target.closest('a');
        var target = link && document.getElementById(link.getAttribute('href').substring(1));
        if (target) {
          event.preventDefault();
          show(stepOf(target), false);
          target.focus();
        }
      });
    }
    var firstError = form.querySelector('.has-error');
    show(firstError ? stepOf(firstError) : 0, false);
  }

  if (summary) {
    summary.focus();
  }

  // Kiosk: after a while without a touch or key, ask; without an answer, start a fresh form for the next person.
  if (body.classList.contains('kiosk')) {
    var idleMs = Number(body.getAttribute('data-idle-seconds')) * 1000;
    var warningMs = Number(body.getAttribute('data-warning-seconds')) * 1000;
    var idleTimer = null;
    var resetTimer = null;
    var dialog = null;

    var reset = function () {
      window.location.replace(body.getAttribute('data-fresh-url'));
    };
    var warn = function () {
      dialog = document.createElement('div');
      dialog.className = 'idle';
      dialog.id = 'kiosk-idle';
      dialog.setAttribute('role', 'alertdialog');
      dialog.setAttribute('aria-labelledby', 'kiosk-idle-text');
      var text = document.createElement('p');
      text.id = 'kiosk-idle-text';
      text.textContent = body.getAttribute('data-text-idle').replace('{0}', Math.round(warningMs / 1000));
      var stay = button(body.getAttribute('data-text-stay'), false);
      stay.id = 'kiosk-stay';
      dialog.appendChild(text);
      dialog.appendChild(stay);
      body.appendChild(dialog);
      stay.focus();
      resetTimer = window.setTimeout(reset, warningMs);
    };
    var activity = function () {
      window.clearTimeout(idleTimer);
      window.clearTimeout(resetTimer);
      if (dialog) {
        dialog.remove();
        dialog = null;
      }
      idleTimer = window.setTimeout(warn, idleMs);
    };
    // an untouched form has nothing to clear; the timer starts with the first answer (or with an error page)
    ['pointerdown', 'keydown', 'input', 'change'].forEach(function (type) {
      document.addEventListener(type, activity, true);
    });
    if (summary || form.querySelector('.has-error') || document.getElementById('survey-notice')) {
      activity();
    }
  }
})();
