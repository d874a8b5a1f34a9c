"""
Text blocks that recur across assessments (standard paragraphs), written once and
imported by the assessment modules, so that a change to a block changes every
assessment that uses it.
"""
