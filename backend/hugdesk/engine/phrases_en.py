"""English reply phrasebook.

Every slot has several phrasings; suggestions.py picks one per review from a hash, so two
customers with the same complaint do not get the same text (the seeds warn that pasted
canned replies make things worse). Markup: {x}/{p} the customer's topic (problem /
praised), [singular|plural] agrees with that topic. Every commitment carries a time frame,
because a promise without a date is exactly what the tone guard warns about.
"""

LANG = "en"

SLOTS = {
    "thanks_praise_topic": (
        "Thank you so much for the kind words about {p}!",
        "It's great to hear you're happy with {p} – thank you!",
        "Thank you for taking the time to share what you liked about {p}.",
        "Your comments about {p} really made our day – thank you!",
        "Thank you for mentioning {p} – we're really glad you liked [it|them]!",
        "So glad to hear good things about {p} – thank you!",
    ),
    "thanks_praise_generic": (
        "Thank you so much for your wonderful review!",
        "Thank you for taking the time to share such kind words!",
        "What a lovely review – thank you for sharing it!",
        "We really appreciate your kind feedback – thank you!",
        "Thank you for the lovely words!",
        "We're so glad you took the time to write – thank you!",
        "Thank you – reviews like this really make our day!",
    ),
    "praise_detail_hospitality": (
        "Your compliments are going straight to the whole team.",
        "It means a lot to our team – they work hard to make every visit special.",
        "Feedback like yours is exactly what keeps our team going.",
        "The whole team will be delighted to read this.",
        "We put a lot of care into every detail, so this means a great deal.",
    ),
    "praise_detail_product": (
        "It's great to know it's working so well for you.",
        "Reviews like yours help other customers choose with confidence.",
        "It's always a pleasure to hear from a satisfied customer.",
        "We're glad the purchase turned out to be the right choice.",
        "It's good to know we helped you choose well.",
    ),
    "praise_detail_general": (
        "Words like these mean a lot to our whole team.",
        "It's always a pleasure to hear that we got it right.",
        "Feedback like yours keeps us motivated.",
        "Thank you for trusting us.",
        "We're glad everything went the way you hoped.",
    ),
    "invite_hospitality": (
        "We look forward to welcoming you back soon!",
        "We hope to see you again before long!",
        "Do come back and see us again soon!",
        "We'd love to have you with us again!",
        "Until next time – it will be a pleasure to see you again!",
    ),
    "invite_product": (
        "Thank you for choosing {business} – enjoy your purchase!",
        "We hope it serves you well for a long time to come.",
        "We're always glad to help whenever you need anything.",
        "Enjoy it, and thank you for shopping with {business}!",
        "If you ever need help with anything, just let us know.",
    ),
    "invite_general": (
        "We hope to see you again soon!",
        "Thank you for choosing {business}!",
        "It's always a pleasure to hear from you.",
        "Thanks again, and see you next time!",
        "We're here whenever you need us.",
    ),
    "thanks_mixed_topic": (
        "Thank you for your detailed review and for the kind words about {p}.",
        "We're pleased {p} lived up to your expectations.",
        "Thank you for your feedback – it's good to read what you liked about {p}.",
    ),
    "thanks_mixed_generic": (
        "Thank you for your honest and detailed review.",
        "Thank you for taking the time to share both the good and the bad.",
        "We appreciate your balanced feedback.",
    ),
    "apology_topic": (
        "We're sorry about the trouble with {x} – that's not the experience we want anyone to have.",
        "I'm really sorry to read about {x}; you deserved better.",
        "Please accept our apologies for the problem with {x}.",
        "We're truly sorry that {x} let you down.",
        "I'm sorry {x} caused you so much hassle.",
    ),
    "apology_price_topic": (
        "I understand the price of {x} felt too high, and I'm sorry it left you disappointed.",
        "We're sorry {x} didn't feel like good value for the price.",
    ),
    "apology_price": (
        "I understand the price felt too high for what you got, and I'm sorry it left you disappointed.",
        "We're sorry the price didn't feel fair to you – that matters to us.",
    ),
    "apology_generic": (
        "We're very sorry that {experience} did not go the way it should have.",
        "Please accept our sincere apologies – this is not the standard we aim for.",
        "I'm sorry we let you down this time.",
        "We're sorry for the frustration this has caused you.",
        "I'm sorry this wasn't the experience you were hoping for.",
    ),
    "apology_issues": (
        "I'm so sorry about {issues} – you deserved much better from us.",
        "Please accept our apologies for {issues}; that's not how we want anyone to be treated.",
        "We're truly sorry about {issues}.",
        "I'm really sorry about {issues} – none of that should have happened.",
    ),
    "apology_value": (
        "I understand how disappointing {issues} are, and I'm sorry we let you down.",
        "We're sorry about {issues} – I can see why you're disappointed.",
    ),
    "decline": (
        "We know it used to be better, and that's exactly the standard we want to get back to.",
        "You knew us at our best, and we want to earn that opinion again.",
    ),
    "repeat": (
        "We can see you've already been in touch with us {topics} – I'm sorry you've had to write again.",
        "I know this isn't the first time you've contacted us {topics}, and I apologise that it still isn't resolved.",
        "You've written to us before {topics}; thank you for your patience, and sorry it has taken this long.",
    ),
    "promise_open": (
        "As promised: “{text}” – we're on track for {date}.",
        "Our commitment still stands: “{text}” by {date}.",
        "Just to confirm we haven't forgotten: “{text}” by {date}.",
    ),
    "promise_overdue": (
        "We promised “{text}” by {date} and didn't keep to that date – I'm sorry; it is our top priority today.",
        "We still owe you “{text}”, which was due on {date}. I apologise for the delay – it's being handled today.",
        "“{text}” should have happened by {date}. That's on us, and we're sorting it out today.",
    ),
    "prepared_agent": (
        "My name is {agent} and I'm handling your case personally.",
        "I'm {agent} from {business}, and I'm looking after this for you myself.",
        "I'm {agent}, your contact person until this is resolved.",
    ),
    "prepared_team": (
        "I've passed your review on to {team} to look into.",
        "Your message is already with {team}.",
        "We've shared the details with {team} so they can look into it right away.",
        "All the details are now with {team}.",
        "I've asked {team} to take this on right away.",
    ),
    "private_channel": (
        "So that we can look into it without sharing your details in public, please send us a private message with {ref} and your contact details – we'll reply within 24 hours.",
        "We'd rather not ask for personal details here, so please message us privately – we'll get back to you within one working day.",
        "Please drop us a private message with {ref}, and we'll take it from there today.",
    ),
    "amends": (
        "As an apology, we'd like to offer you {comp}.",
        "To make up for this, please accept {comp} from us.",
        "We'd also like to offer you {comp} as a small apology.",
    ),
    "no_blame": (
        "These things happen, and we're here to help.",
        "That's completely understandable – it catches many people out.",
        "Thank you for being so open about what happened.",
    ),
    "question": (
        "As for your question, please send us a private message and we'll answer within 24 hours.",
        "Thanks for your question – we'll reply to you privately today.",
    ),
    "improve_info": (
        "We're also making this information easier to find, so nobody else is caught out.",
        "We're adding a clearer note about this to our product information.",
    ),
    "closing_complaint": (
        "Thank you for your patience.",
        "Thank you for letting us know – it helps us get better.",
        "Thank you for giving us the chance to put this right.",
        "We appreciate your honesty.",
    ),
    "neutral_thanks": (
        "Thank you for your review!",
        "Thanks for sharing your thoughts with us.",
        "Thank you for taking the time to write.",
        "Thanks for your feedback!",
    ),
    "offer_help": (
        "If anything comes up, just send us a private message – we usually reply within a few hours.",
    ),
    "neutral_invite": (
        "If you have any questions, we're always happy to help – just send us a message.",
        "We'd love to hear how you get on – feel free to update your review any time.",
    ),
    "signoff": ("Best regards,", "Kind regards,", "Warm regards,", "All the best,"),
}

COUNTERACT = {
    "product_defect": (
        "If you send us your order number in a private message, we'll look into the fault and get back to you within 24 hours with the next steps.",
        "Please message us privately with your order details – we'll reply within one working day and work out the best fix with you.",
        "Send us a private message with your order number, and we'll contact you within 24 hours to agree on how to put it right.",
    ),
    "wrong_item": (
        "Please send us your order number in a private message – we'll find out what went wrong and get back to you within 24 hours to put it right.",
        "If you message us your order number privately, we'll look into the mix-up and reply within 24 hours with the next steps.",
    ),
    "delivery": (
        "Please send us your order number in a private message and we'll check with the courier and get back to you within 24 hours.",
        "If you message us privately with your order details, we'll track the parcel and update you by the end of the day.",
        "Drop us a private message with your order number – we'll contact the courier today and let you know where things stand.",
        "If you share your order number with us in a private message, we'll check the shipment and reply within 24 hours.",
    ),
    "support_unreachable": (
        "I'd like to call you myself – please send us your phone number in a private message and I'll call you within 24 hours.",
        "Please message us privately with the best time to reach you, and we'll call you back within one working day.",
        "Send us a private message and we'll reply within 24 hours – this time you won't be left waiting.",
    ),
    "price": (
        "If you'd like to tell us more, please send us a private message – we'll reply within 24 hours.",
        "We've shared your comments with the whole team; if you'd like to talk it through, message us privately and we'll reply within one working day.",
    ),
    "usability": (
        "Please send us a private message and we'll send you step-by-step instructions within 24 hours.",
        "If you message us privately, we'll walk you through the setup by phone within 24 hours.",
        "Drop us a private message and we'll help you get it set up – we usually reply within a few hours.",
    ),
    "staff": (
        "The manager is speaking with the team about what happened today.",
        "We're discussing this with the staff member and the team today, because everyone deserves a friendly welcome.",
        "Your review is with our manager, who is going through it with the team this week.",
    ),
    "cleanliness": (
        "We're going through our cleaning routine with the team today.",
        "We've flagged this to the cleaning team, and everything is being checked today.",
    ),
    "food": (
        "Our kitchen team is going through your comments this week.",
        "We've passed your comments on to the kitchen, and the team is going through them this week.",
        "Your comments are with our chef, who is going through them with the kitchen team this week.",
    ),
    "room": (
        "We're checking the room today and fixing anything that isn't right.",
        "We've asked for the room to be checked today.",
        "The room is being checked today so that everything works as it should.",
    ),
    "noise": (
        "We're looking into ways to keep the noise down and are talking it through with the whole team this week.",
    ),
    "waiting": (
        "We're reviewing our staffing at busy times this week so that nobody has to wait like that again.",
    ),
    "billing": (
        "Please send us the receipt number in a private message – we'll check the bill and get back to you within 24 hours.",
        "If you message us privately with the date and amount of the payment, we'll go through the charge and reply within one working day.",
    ),
    "generic": (
        "Please send us a private message with a few more details so we can put this right – we'll reply within 24 hours.",
        "We'd like to make this right: message us privately and we'll get back to you within one working day.",
        "Could you send us a private message with a few details? We'll reply within 24 hours with a solution.",
    ),
}

# A second problem in the same review gets its own step, without a second deadline.
FOLLOW_UP = {
    "staff": (
        "We're also talking with the team about the way you were treated.",
        "The manager is also going through this with the team.",
    ),
    "food": (
        "We've passed your comments on to the kitchen as well.",
        "The kitchen is also looking into what went wrong.",
    ),
    "waiting": (
        "We're also looking at our staffing at busy times, so that nobody has to wait like that.",
    ),
    "cleanliness": ("We're also going over our cleaning routine with the team.",),
    "room": ("We're also having the room checked.",),
    "noise": ("We're also looking at how to keep the noise down.",),
}

IMPROVE = {
    "product_defect": (
        "We're also checking whether the same fault affects other units.",
        "Reports like yours help us catch faults earlier.",
        "Every fault report is reviewed carefully, and yours is no exception.",
    ),
    "wrong_item": (
        "We're also looking at how orders are put together, so that it doesn't happen again.",
        "Mix-ups like this shouldn't happen, and we're looking at how orders are checked before they leave us.",
    ),
    "delivery": (
        "We're also reviewing our delivery process with this courier to prevent delays like this.",
        "Your experience is helping us improve how we handle deliveries.",
    ),
    "support_unreachable": (
        "We're also looking at why your messages went unanswered, so that nobody has to chase us like this again.",
        "We're reviewing our response times so that nobody is left waiting for an answer like this.",
    ),
    "price": (
        "We review our prices regularly, and feedback like yours is part of that.",
        "We're always looking for ways to offer better value, and your comment helps.",
    ),
    "usability": (
        "We're also using your feedback to make our instructions clearer.",
        "Feedback like this helps us make things simpler to use.",
    ),
    "staff": (
        "We're using your feedback in our team training.",
        "Friendly service is something we talk about with the team every week.",
    ),
    "cleanliness": ("We're tightening our cleaning checks so this doesn't happen again.",),
    "food": (
        "Feedback like this helps us improve the menu.",
        "We're looking at the recipe and the preparation with the kitchen team.",
    ),
    "room": ("We're adding this to our room maintenance checklist.",),
    "noise": ("We're keeping a closer eye on noise levels from now on.",),
    "waiting": ("We're working on keeping waiting times short, especially at peak hours.",),
    "billing": ("We're also double-checking how we prepare bills, to avoid mistakes like this.",),
    "generic": (
        "Your feedback goes into our weekly review of recurring problems, so it really does make a difference.",
        "Every review like this is discussed in our weekly team meeting.",
        "We keep track of every issue like this so we can fix the causes, not just the symptoms.",
    ),
}

GUIDANCE = {
    "product_defect": (
        "We can check what's going on and suggest the quickest fix – just send us a private message and we'll reply within 24 hours.",
        "If the device needs repairing, we'll point you to the nearest authorised service centre – send us a private message and we'll reply within 24 hours.",
    ),
    "usability": (
        "We'd be happy to walk you through it step by step – send us a private message and we'll reply within 24 hours.",
    ),
    "food": (
        "Tastes differ, and we'd be glad to recommend something closer to what you're looking for – just ask us.",
    ),
    "delivery": (
        "The quickest way to sort this out is with the delivery details to hand – send them to us privately and we'll check with the courier within 24 hours.",
    ),
    "generic": (
        "Send us a private message with a few details, and within 24 hours we'll explain the quickest way to solve this.",
        "If you tell us a little more in a private message, we'll come back within 24 hours with the simplest way to fix it.",
        "We'll help you find the quickest solution – message us privately and we'll reply within 24 hours.",
    ),
}

# Who handles it (the "prepare" step of the five Ps). A small business may have no
# departments: "our team" and "the manager" are true almost everywhere.
TEAMS = {
    "product_defect": "our team", "wrong_item": "our team", "delivery": "our team",
    "support_unreachable": "the manager", "price": "the manager",
    "usability": "our team", "staff": "the manager", "cleanliness": "the manager",
    "food": "the kitchen", "room": "the manager", "noise": "the manager", "waiting": "the manager",
    "billing": "the manager", "generic": "our team",
}

# Named problems, after "sorry about": {what} is the customer's own word ("model").
ISSUES = {
    "wrong_item": ("the wrong {what} we sent you", "the mix-up with your order"),
    "no_reply": "the messages that went unanswered",
    "rude_staff": "the unfriendly service",
    "cold_food": "the cold food",
    "long_wait": "the long wait",
    "price_rise": "the higher prices",
    "smaller_portions": "the smaller portions",
    "overcharged": "the mistake with your bill",
}


def join_issues(parts: list[str]) -> str:
    return " and ".join(parts)


# "You've written to us before {topics}"
CATEGORY_TOPICS = {
    "product_defect": "about the product fault", "delivery": "about the delivery",
    "support_unreachable": "about reaching our support team", "price": "about pricing",
    "usability": "about using the product", "staff": "about our staff", "cleanliness": "about cleanliness",
    "food": "about the food", "room": "about your room", "noise": "about the noise",
    "waiting": "about waiting times", "billing": "about your bill",
}
TOPICS_FREE = "about “{summary}”"
TOPICS_NONE = "about this"
EXPERIENCE = {"hospitality": "your visit", "product": "your purchase", "general": "your experience with us"}
REF = {"hospitality": "the date and time of your visit", "product": "your order number", "general": "a few details"}
DEFAULT_SIGNATURE = "The customer care team"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def topic(nom: str, plural: bool) -> dict:
    """Sentence-ready forms of the customer's topic."""
    return {"x": f"the {nom}", "plural": plural}


def join_topics(first: dict, second: dict) -> dict:
    return {"x": f"{first['x']} and {second['x']}", "plural": True}


def format_date(value) -> str:
    return f"{MONTHS[value.month - 1]} {value.day}"
